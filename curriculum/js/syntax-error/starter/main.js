function countDown(from) {
  let text = "";
  for (let i = from; i >= 1; i = i - 1) {
    text = text + i + " ";

  return text + "Go!";
}

console.log(countDown(3));
