// makes the list 1 to n with Array.from, then adds it up with reduce
function sumTo(n) {
  return Array.from({ length: n }, (_, i) => i + 1).reduce((total, i) => total + i, 0);
}

console.log(sumTo(4));
