function firstThree(list) {
  // Your code here
  return list;
}

function removeAt(list, index) {
  // Your code here
  return list[index];
}

const letters = ["a", "b", "c"];
console.log(removeAt(letters, 1), letters);
