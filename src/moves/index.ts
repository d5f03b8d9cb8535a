// Public API of src/moves: re-export each public function and type here.
export {};
