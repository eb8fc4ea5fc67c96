// returns what splice gives back, an array holding the item, instead of the item
function firstThree(list) {
  return list.slice(0, 3);
}

function removeAt(list, index) {
  return list.splice(index, 1);
}
