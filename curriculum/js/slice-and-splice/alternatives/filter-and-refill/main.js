// copies with filter by index, and removes by refilling the same list with every other item
function firstThree(list) {
  return list.filter((item, i) => i < 3);
}

function removeAt(list, index) {
  const item = list[index];
  const rest = list.filter((x, i) => i !== index);
  list.length = 0;
  list.push(...rest);
  return item;
}

const letters = ["a", "b", "c"];
console.log(removeAt(letters, 1), letters);
