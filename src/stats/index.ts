// Public API of src/stats: re-export each public function and type here.
export {};
