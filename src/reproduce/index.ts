// Public API of src/reproduce: re-export each public function and type here.
export {};
