/** A sentence as letters and digits only, in lower case: quotes, dashes and spacing decide no match. */
export const lettersAndDigits = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
