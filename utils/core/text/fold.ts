/** Lower case without accents: "Doha" matches "doha", "Zelenskiy" "zelenskiy", "Sánchez" "sanchez". */
export const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
