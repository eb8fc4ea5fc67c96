// adds width and length for the perimeter but forgets to double it
function area(width, length) {
  return width * length;
}

function perimeter(width, length) {
  return width + length;
}

console.log(area(3, 4), perimeter(3, 4));
