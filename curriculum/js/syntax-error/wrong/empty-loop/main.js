// closes the loop straight after its {, so the loop is empty and i is unknown on the next line
function countDown(from) {
  let text = "";
  for (let i = from; i >= 1; i = i - 1) { }
    text = text + i + " ";

  return text + "Go!";
}

console.log(countDown(3));
