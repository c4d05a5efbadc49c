// The preview's switch for the builder: "the next deployment fails", as a deployment the org refuses
// (a value the type does not accept, a lock) would. builderStore.ts reads it when the next save
// deploys, and turns it off.
import { FAIL_NEXT_DEPLOY } from '../../apex/builderStore';

const host = document.getElementById('preview-actions');
if (host) {
    const label = document.createElement('label');
    label.className = 'preview-fail-switch';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.className = 'fail-next-deploy';
    input.checked = window.localStorage.getItem(FAIL_NEXT_DEPLOY) === '1';
    input.addEventListener('change', () => {
        if (input.checked) {
            window.localStorage.setItem(FAIL_NEXT_DEPLOY, '1');
        } else {
            window.localStorage.removeItem(FAIL_NEXT_DEPLOY);
        }
    });
    window.addEventListener(FAIL_NEXT_DEPLOY, () => {
        input.checked = window.localStorage.getItem(FAIL_NEXT_DEPLOY) === '1';
    });
    label.append(input, document.createTextNode(' Preview switch: the next deployment fails'));
    host.append(label);
    host.hidden = false;
}
