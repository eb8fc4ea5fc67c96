// unpacks the object right in the parameter list
function badge({ job, name, shift = "day" }) {
  return `${name} - ${job} (${shift} shift)`;
}
