// adds up the four sides of the room one by one for the perimeter
function area(width, length) {
  return length * width;
}

function perimeter(width, length) {
  return width + length + width + length;
}

console.log(area(3, 4), perimeter(3, 4));
