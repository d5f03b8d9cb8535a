// Public API of src/collocations: re-export each public function and type here.
export {};
