const message = document.querySelector("#message");
const list = document.querySelector("#visits");

// This works when all is well. Make it cope when things go wrong:
// - an error answer, such as 500:
//     Sorry, the server had a problem (error 500).
// - no answer at all:
//     Sorry, the server could not be reached.
async function loadVisits() {
  try {
    const response = await fetch("/api/visits");
    if (!response.ok) {
      message.textContent = "Sorry, the server had a problem (error " + response.status + ").";
      return;
    }
    const visits = await response.json();
    for (const visit of visits) {
      const item = document.createElement("li");
      item.textContent = visit.day + ", " + visit.time;
      list.append(item);
    }
  } catch (error) {
    message.textContent = "Sorry, the server could not be reached.";
  }
}

loadVisits();
