// sorts a copy of the list, biggest first, and takes the first item, so the list it was given is not changed
function largest(numbers) {
  const copy = [...numbers];
  copy.sort((a, b) => b - a);
  return copy[0];
}

console.log(largest([4, 9, 2]));
