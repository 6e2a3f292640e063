declare module "nspell" {
  type Dictionary = { aff: Uint8Array | string; dic: Uint8Array | string };
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    add(word: string): NSpell;
  }
  export default function nspell(dictionary: Dictionary): NSpell;
}
