/**
 * A link that opens the policy scrolled to a quote and highlights it: a text fragment
 * (`#:~:text=`). Long quotes are given as start and end words, as the spec allows.
 * NOTE: https://wicg.github.io/scroll-to-text-fragment/#syntax
 */
export function textFragmentUrl(policyUrl: string, quote: string): string {
  const base = policyUrl.split('#')[0] ?? policyUrl;
  const words = quote.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return base;
  // '-', '&' and ',' are the directive's own syntax: percent-encode them too.
  const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
  const directive = words.length <= 10
    ? encode(words.join(' '))
    : `${encode(words.slice(0, 5).join(' '))},${encode(words.slice(-5).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}
