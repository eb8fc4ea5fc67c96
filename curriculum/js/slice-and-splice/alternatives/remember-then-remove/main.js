// remembers the item first, then removes it with splice; copies with a loop
function firstThree(list) {
  const copy = [];
  for (let i = 0; i < 3 && i < list.length; i = i + 1) {
    copy.push(list[i]);
  }
  return copy;
}

function removeAt(list, index) {
  const item = list[index];
  list.splice(index, 1);
  return item;
}
