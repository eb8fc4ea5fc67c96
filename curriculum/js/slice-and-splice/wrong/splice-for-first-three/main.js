// uses splice in firstThree, which gives the right items but cuts them out of the list
function firstThree(list) {
  return list.splice(0, 3);
}

function removeAt(list, index) {
  return list.splice(index, 1)[0];
}
