// answers each question with a for...of loop instead of the array methods
function onList(names, name) {
  for (const n of names) {
    if (n === name) {
      return true;
    }
  }
  return false;
}

function anyOver(numbers, limit) {
  for (const n of numbers) {
    if (n > limit) {
      return true;
    }
  }
  return false;
}

function allAtLeast(numbers, min) {
  for (const n of numbers) {
    if (n < min) {
      return false;
    }
  }
  return true;
}
