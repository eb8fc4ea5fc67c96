// subtracts whole items instead of their prices, which gives no useful number
function smallestFirst(numbers) {
  return numbers.sort((a, b) => a - b);
}

function cheapestFirst(items) {
  return items.sort((a, b) => a - b);
}
