// Add up every price on the page,
// then show the total, with two decimal places, in #total.
