// uses slice(0, 2), forgetting that slice stops before the end index
function firstThree(list) {
  return list.slice(0, 2);
}

function removeAt(list, index) {
  return list.splice(index, 1)[0];
}
