// Public API of src/lexicon: re-export each public function and type here.
export {};
