// adds width and length for the area instead of multiplying them
function area(width, length) {
  return width + length;
}

function perimeter(width, length) {
  return 2 * (width + length);
}

console.log(area(3, 4), perimeter(3, 4));
