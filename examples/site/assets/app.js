document.querySelector("h1").title = "deployed " + new Date().toISOString();
