// uses Math.max for higher, and a template literal that adds the s only when needed
const itemLabel = (count) => `${count} item${count === 1 ? "" : "s"}`;

const higher = (a, b) => Math.max(a, b);

console.log(itemLabel(1), higher(4, 9));
