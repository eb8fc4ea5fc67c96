// Opens the built app through the e2e harness and saves a screenshot of
// its window. Run by scripts/screenshot.sh.
import { launch, screenshot } from "./harness.mjs";

const app = await launch();
try {
  const file = await screenshot(app.driver, process.argv[2] ?? "app");
  console.log(file);
} finally {
  await app.close();
}
