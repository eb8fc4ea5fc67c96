// copies the list with ... and takes three with splice on the copy; unpacks the item splice hands back
function firstThree(list) {
  return [...list].splice(0, 3);
}

function removeAt(list, index) {
  const [item] = list.splice(index, 1);
  return item;
}

const letters = ["a", "b", "c"];
console.log(removeAt(letters, 1), letters);
