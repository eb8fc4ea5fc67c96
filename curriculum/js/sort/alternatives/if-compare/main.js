// writes the compare functions with if, returning -1, 1 or 0
function smallestFirst(numbers) {
  return numbers.sort((a, b) => {
    if (a < b) {
      return -1;
    }
    if (a > b) {
      return 1;
    }
    return 0;
  });
}

function cheapestFirst(items) {
  items.sort((a, b) => {
    if (a.price < b.price) {
      return -1;
    } else if (a.price > b.price) {
      return 1;
    } else {
      return 0;
    }
  });
  return items;
}
