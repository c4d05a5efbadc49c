// A team of 6: the rep's manager, the rep and four colleagues; the rest of the West team has left
// (inactive users are on no board).
import { demoData } from '../../runtime/demo';

const data = await demoData();
const rep = data.users.find((user) => user.Id === data.personas.rep);
const team = data.users.filter((user) => user.ManagerId === rep?.ManagerId && user.Id !== rep?.Id);
for (const colleague of team.slice(4)) {
    colleague.IsActive = false;
}
