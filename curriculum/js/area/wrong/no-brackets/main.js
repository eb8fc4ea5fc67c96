// writes 2 * width + length without brackets, so only the width is doubled
function area(width, length) {
  return width * length;
}

function perimeter(width, length) {
  return 2 * width + length;
}

console.log(area(3, 4), perimeter(3, 4));
