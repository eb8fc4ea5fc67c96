// calls sort() without a compare function, so numbers are sorted as text
function smallestFirst(numbers) {
  return numbers.sort();
}

function cheapestFirst(items) {
  return items.sort((a, b) => a.price - b.price);
}
