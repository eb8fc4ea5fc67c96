// looks the item up again with indexOf and removes the first item equal to it, which is the wrong one when the list has repeats
function firstThree(list) {
  return list.slice(0, 3);
}

function removeAt(list, index) {
  const item = list[index];
  list.splice(list.indexOf(item), 1);
  return item;
}

const letters = ["a", "b", "c"];
console.log(removeAt(letters, 1), letters);
