// What tells languages apart in short customer messages, without a model: the writing system for
// scripts other than Latin, and for Latin-script languages their commonest function words and letters.
// A word shared by several languages counts towards each a share of one.

/** letters of these scripts decide when they are most of the letters; the commonest script wins, and any kana makes it Japanese */
export const SCRIPTS: Array<{ code: string; pattern: RegExp }> = [
  { code: "ja", pattern: /[\u3040-\u30ff]/gu },
  { code: "ko", pattern: /[\uac00-\ud7af\u1100-\u11ff]/gu },
  { code: "zh", pattern: /[\u4e00-\u9fff]/gu },
  { code: "ru", pattern: /[\u0400-\u04ff]/gu },
  { code: "el", pattern: /[\u0370-\u03ff]/gu },
  { code: "ar", pattern: /[\u0600-\u06ff]/gu },
  { code: "he", pattern: /[\u0590-\u05ff]/gu },
  { code: "hi", pattern: /[\u0900-\u097f]/gu },
  { code: "th", pattern: /[\u0e00-\u0e7f]/gu },
];

const WORDS: Record<string, string> = {
  en: "the to and my you it's for of with this that have not your are but just can get we they will what when been from our why how still now thanks thank please its i'm don't can't would has were any there their about if who did got never is it be on at i me so no a in was as an all do one out up by or he she his her them than more very some only also after back over you're i've i'll we're they're that's there's what's didn't doesn't isn't wasn't won't per non via",
  es: "el la los las de del que y en un una por para con no es mi me lo se su al pero muy está estoy gracias hola porque cuando qué ya nada esto ese esta son hay tengo mis tus sus favor muchas mucho bien también hasta desde sin sobre fue ha han hace tiene tienen puedo puede quiero necesito todo todos más vía creo les puedes pueden hacer nunca si como ayudar",
  fr: "le la les de des du et est un une je vous nous pas que qui pour dans sur avec mon ma mes très c'est merci bonjour ne ce au aux été votre il elle j'ai n'est mais ou où sont avoir fait faire tout tous vos notre nos aussi bien encore déjà plus rien tu à qu'en d'être ton",
  de: "der die das und ist nicht ich sie wir ein eine mit für auf den dem zu von mein meine bitte danke aber auch noch wie was sehr kein keine ihr haben habe schon nur oder wenn dass heute seit mehr immer wieder hat hatte wurde bin hier findest du alle",
  it: "il lo gli le di che e è non un una per con sono mi ho ma della del grazie molto questo anche ciao sempre sei siamo della delle dei nel nella alla al ancora già tutto niente dove quando perché come",
  pt: "o a os as de do da que e não um uma para com é meu minha por mais obrigado obrigada muito você vocês isso mas ao na no está eu ele ela nós seu sua também ainda já quando porque onde tudo nada foi tem tenho olá momento como",
  nl: "de het een en is niet ik je van dat op te met voor zijn maar wat mijn bedankt nog ook geen heb naar",
  sv: "och är att det som jag inte en ett på med för av till min mitt tack har men vi du",
  da: "og er det at jeg ikke en et på med for af til min tak har men vi du",
  no: "og er det at jeg ikke en et på med for av til min takk har men vi du",
  tr: "ve bir bu için çok ne da de ben sen mi değil var yok ile gibi teşekkürler lütfen ama",
  pl: "i w nie na się jest z do że to jak ale po mi co dziękuję proszę mój moja",
  id: "dan yang di ini itu tidak saya ke dari untuk dengan ada tolong terima kasih sudah belum bisa kami anda",
  ro: "și este nu în de la cu pe mai pentru că un o sunt mulțumesc",
  fi: "ja on ei se että olen minä kiitos mutta kanssa tämä",
  tl: "ang ng sa na ako ko mo po hindi salamat ba",
};

/** letters that point at one or a few languages */
const LETTERS: Record<string, string> = {
  es: "ñ¿¡éóíá",
  fr: "çœèêàùé",
  de: "ßäöü",
  pt: "ãõçéóíá",
  tr: "ğşı",
  pl: "ąęłśżź",
  ro: "șțăâ",
  sv: "åäö",
  da: "æøå",
  no: "æøå",
};

export const WORD_SCORES = new Map<string, Array<[string, number]>>();
{
  const languagesOf = new Map<string, string[]>();
  for (const [code, list] of Object.entries(WORDS))
    for (const word of list.split(" ")) languagesOf.set(word, [...(languagesOf.get(word) ?? []), code]);
  for (const [word, codes] of languagesOf)
    WORD_SCORES.set(
      word,
      codes.map((code) => [code, 1 / codes.length]),
    );
}

export const LETTER_SCORES = new Map<string, Array<[string, number]>>();
{
  const languagesOf = new Map<string, string[]>();
  for (const [code, letters] of Object.entries(LETTERS))
    for (const letter of letters) languagesOf.set(letter, [...(languagesOf.get(letter) ?? []), code]);
  for (const [letter, codes] of languagesOf)
    LETTER_SCORES.set(
      letter,
      codes.map((code) => [code, 0.5 / codes.length]),
    );
}
