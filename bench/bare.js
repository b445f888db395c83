// Decides the linked input as soon as the module is ready and marks the result like the page.
DisputeCalc.ready.then(function (api) {
  var input = JSON.parse(new URLSearchParams(location.search).get("input"));
  var decision = api.evaluateDispute(input);
  document.getElementById("result").setAttribute("data-outcome", decision.outcome);
});
