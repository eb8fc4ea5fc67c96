// uses b - a, which puts the biggest first
function smallestFirst(numbers) {
  return numbers.sort((a, b) => b - a);
}

function cheapestFirst(items) {
  return items.sort((a, b) => b.price - a.price);
}
