/** A count with its noun in the right number: "1 impression", "3 impressions". */
export const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
