function firstThree(list) {
  return list.slice(0, 3);
}

function removeAt(list, index) {
  return list.splice(index, 1)[0];
}

const letters = ["a", "b", "c"];
console.log(removeAt(letters, 1), letters);
