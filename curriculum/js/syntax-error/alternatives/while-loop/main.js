// counts down with a while loop and a template literal instead of the for loop
function countDown(from) {
  let text = "";
  let i = from;
  while (i >= 1) {
    text = `${text}${i} `;
    i = i - 1;
  }
  return text + "Go!";
}

console.log(countDown(3));
