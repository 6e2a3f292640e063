// Computes Hunspell suggestions off the main thread; see check-spelling.ts for why.
import { parentPort } from "node:worker_threads";
import dictionaryEn from "dictionary-en";
import nspell from "nspell";

const speller = nspell(dictionaryEn);
parentPort.on("message", (word) => {
  parentPort.postMessage({ word, suggestions: speller.suggest(word.replace(/’/g, "'")) });
});
