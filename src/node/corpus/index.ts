// Public API of the Node corpus loader.
export {};
