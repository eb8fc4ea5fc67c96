// joins the flat pieces with concat in a reduce instead of pushing into a list
function flatten(list) {
  return list.reduce((result, item) => result.concat(Array.isArray(item) ? flatten(item) : [item]), []);
}

console.log(flatten([1, [2, [3, 4]], 5]));
