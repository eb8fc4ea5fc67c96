// uses slice in removeAt, which gives the right item but leaves it in the list
function firstThree(list) {
  return list.slice(0, 3);
}

function removeAt(list, index) {
  return list.slice(index, index + 1)[0];
}
