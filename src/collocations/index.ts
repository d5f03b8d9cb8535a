// Public API of src/collocations: re-export each public function and type here.
export {
  textstatCollocates,
  type CollocatesOptions,
  type CollocateRow,
  type CollocateMeasure,
} from './textstatCollocates.js';
export {
  textstatCollocations,
  type CollocationsOptions,
  type CollocationRow,
  type CollocationMethod,
} from './textstatCollocations.js';
