// puts the } in the right place and labels it with a comment
function countDown(from) {
  let text = "";
  for (let i = from; i >= 1; i = i - 1) {
    text = text + i + " ";
  } // end of the loop

  return text + "Go!";
}

console.log(countDown(3));
