// copies with for...of and for...in loops instead of the ... spread
function combine(first, second) {
  const result = [];
  for (const x of first) {
    result.push(x);
  }
  for (const x of second) {
    result.push(x);
  }
  return result;
}

function withPrice(item, price) {
  const result = {};
  for (const key in item) {
    result[key] = item[key];
  }
  result.price = price;
  return result;
}

console.log(combine(["Ana", "Ben"], ["Cal"]));
console.log(withPrice({ name: "tea" }, 2));
